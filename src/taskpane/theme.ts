import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance (0 black … 1 white) of a "#rrggbb" / "#rgb" colour; null if unreadable. */
export function luminance(color: string | undefined | null): number | null {
  if (!color) return null;
  let hex = color.trim().replace(/^#/, '');
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Dark when Office's body background is dark; light otherwise (and when Office says nothing). */
export function isDarkOfficeTheme(bodyBackgroundColor: string | undefined | null): boolean {
  const l = luminance(bodyBackgroundColor);
  return l !== null && l < 0.2;
}

export function themeForOffice(bodyBackgroundColor: string | undefined | null): Theme {
  return isDarkOfficeTheme(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
