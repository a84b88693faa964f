// The theme and text size on the page: `data-theme` on the root when the reader chose light or
// dark (no attribute: the system's), and the scale all text is set in.
import type { Settings, TextSize } from '../../../shared/api/settings';

export const TEXT_SCALE: Record<TextSize, number> = { small: 0.9, normal: 1, large: 1.15, larger: 1.3 };

export function applyAppearance(root: HTMLElement, settings: Pick<Settings, 'theme' | 'textSize'>): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize] ?? 1));
}
