// 738.3(a)(1): entries licensed for every destination, outside the Country Chart. Notes are ours.
const C = '15 CFR 738.3(a)(1)';
export const ALL_DESTINATIONS_ENTRIES = [
  { eccn: '0A983', noLicenseExceptions: true, note: 'Specially designed implements of torture: licence required for every destination, no licence exceptions.', citation: `${C}; 15 CFR 742.11` },
  { eccn: '5A001', paragraphs: ['f.1'], noLicenseExceptions: false, note: 'Mobile-communications interception or jamming equipment: licence required for every destination; only GOV for U.S. Government agencies (740.2(a)(3)).', citation: `${C}; 15 CFR 742.13` },
  { eccn: '5A980', noLicenseExceptions: false, note: 'Surreptitious interception devices: licence required for every destination; only GOV for U.S. Government agencies.', citation: `${C}; 15 CFR 742.13` },
  { eccn: '5D001', paragraphs: ['a'], noLicenseExceptions: false, note: 'Software for 5A001.f.1 (and for the related technology): licence required for every destination; only GOV for U.S. Government agencies.', citation: `${C}; 15 CFR 742.13` },
  { eccn: '5D980', noLicenseExceptions: false, note: 'Software for surreptitious interception: licence required for every destination; only GOV for U.S. Government agencies.', citation: `${C}; 15 CFR 742.13` },
  { eccn: '5E001', paragraphs: ['a'], noLicenseExceptions: true, note: 'Technology under 5E001.a for 5A001.f.1 or its software: licence required for every destination, no licence exceptions.', citation: `${C}; 15 CFR 742.13` },
  { eccn: '5E980', noLicenseExceptions: true, note: 'Technology for surreptitious interception devices: licence required for every destination, no licence exceptions.', citation: `${C}; 15 CFR 742.13` },
];
