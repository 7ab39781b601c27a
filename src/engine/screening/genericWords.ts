/**
 * Words that appear in countless unrelated company names. A match on them alone is no evidence:
 * "Maple Garden Tools Ltd" shares "garden" with "Beijing Garden Technology" and nothing else that
 * counts. Their weight is capped (see ScreeningIndex), whatever their rarity in the list, because
 * the list's own frequencies do not know how common they are among the customers screened.
 */
const BUSINESS = `
technology technologies tech technical trading trade traders international intl industrial industries industry
group holding holdings electronic electronics electric electrical engineering engineers science sciences scientific
system systems service services solution solutions import export imports exports logistics global development
equipment machinery machine machines manufacturing manufacturer research institute institution university college
center centre company enterprise enterprises general national investment investments management materials material
products product supply supplies supplier resources energy power network networks communication communications
telecom information digital software data automation instrument instruments precision advanced new modern smart
commercial commerce business partners consulting consultants shipping transport freight marine petroleum chemical
chemicals medical pharma pharmaceutical bank finance financial capital foods food textile textiles metals metal steel
construction design designs media agency office branch factory works laboratory lab labs academy school
department ministry bureau corp union world universal import-export east west north south eastern western
northern southern central first united star golden sun new great royal pacific asia asian euro europe european
american america africa african middle hitech high industry co
`;

/** Countries and large cities: listed parties are often named after their home city or country. */
const PLACES = `
china chinese beijing shanghai shenzhen guangzhou tianjin wuhan chengdu chongqing nanjing hangzhou xian harbin
dalian qingdao xiamen suzhou hefei changsha zhengzhou jinan shenyang kunming dongguan foshan ningbo hong kong
macau taiwan taipei russia russian moscow petersburg saint st novosibirsk yekaterinburg kazan iran iranian tehran
isfahan shiraz tabriz mashhad korea korean pyongyang seoul syria syrian damascus aleppo iraq iraqi baghdad
belarus minsk ukraine kiev kyiv crimea sevastopol venezuela caracas cuba havana dubai uae emirates abu dhabi
sharjah turkey turkish istanbul ankara pakistan karachi lahore islamabad india indian delhi mumbai bangalore
singapore malaysia kuala lumpur thailand bangkok vietnam hanoi indonesia jakarta burma myanmar yangon cambodia
lebanon beirut yemen armenia yerevan georgia tbilisi kazakhstan almaty uzbekistan tashkent kyrgyzstan bishkek
germany german berlin france paris italy rome london britain british uk usa us canada mexico japan tokyo osaka
israel egypt cairo libya sudan afghanistan kabul nicaragua managua
`;

export const GENERIC_WORDS: ReadonlySet<string> = new Set(`${BUSINESS} ${PLACES}`.split(/\s+/).filter((w) => w !== ''));
