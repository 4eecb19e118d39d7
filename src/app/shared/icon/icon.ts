import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ICON_PATHS, type IconName } from './icon-paths';

/**
 * A Material Symbols icon drawn as inline SVG from its one path (see icon-paths.ts), so the app ships
 * a few kilobytes of paths instead of the 3.9 MB icon font. `name` is typed: a misspelt icon fails the
 * build. The host carries Material's `mat-icon` class so buttons, form-field prefixes and list items
 * size and space it like <mat-icon>; inside a text button add `matButtonIcon` so it takes the icon slot.
 * Decorative by default (aria-hidden); the control around it carries the words.
 */
@Component({
  selector: 'app-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'mat-icon app-icon', 'aria-hidden': 'true' },
  template: `<svg viewBox="0 -960 960 960" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host {
      display: inline-block;
      flex-shrink: 0;
      width: 24px;
      height: 24px;
      font-size: 24px;
      fill: currentColor;
      vertical-align: middle;
      overflow: hidden;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
  `,
})
export class Icon {
  readonly name = input.required<IconName>();

  protected readonly path = computed(() => ICON_PATHS[this.name()]);
}
