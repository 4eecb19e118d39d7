import { BreakpointObserver } from '@angular/cdk/layout';
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  type ElementRef,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { Icon } from '../../../shared/icon/icon';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from '../../auth/auth.feature';
import { APP_NAME } from '../page-title-strategy';
import { navigationFor } from '../navigation';
import { ClientSearch } from '../client-search/client-search';
import { ShellActions } from './shell.actions';

/** Wide enough for the navigation to stay open beside the page. */
const WIDE_LAYOUT = '(min-width: 960px)';

/** App chrome for signed-in users: toolbar, role-specific side navigation, and the routed page. */
@Component({
  selector: 'app-shell',
  imports: [
    MatToolbar,
    MatButton,
    MatIconButton,
    Icon,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    ClientSearch,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Shell {
  private readonly store = inject(Store);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly container = viewChild.required(MatSidenavContainer);

  protected readonly appName = APP_NAME;
  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly roleLabel = this.store.selectSignal(authFeature.selectRoleLabel);
  protected readonly navigation = computed(() => {
    const user = this.user();
    return user ? navigationFor(user.role) : [];
  });
  /** Clinicians look clients up from the app bar; an admin's work has no clients in it. */
  protected readonly canSearchClients = computed(() => {
    const role = this.user()?.role;
    return role === 'therapist' || role === 'supervisor';
  });
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );
  /**
   * True for the frame in which the layout switches, either way. The drawer then changes mode and
   * opens or closes in one go. Material would slide it (400 ms) and move the page's margin separately:
   * growing, a click meanwhile lands on the navigation; shrinking to a phone, the navigation stays
   * docked over a page squeezed to the right until the slide ends.
   */
  protected readonly switchingLayout = linkedSignal<boolean, boolean>({
    source: this.wide,
    computation: (wide, previous) => previous !== undefined && wide !== previous.source,
  });

  constructor() {
    afterRenderEffect({
      write: () => {
        if (!this.switchingLayout()) return;
        // Measure the drawer now rather than when its (cut short) transition starts.
        this.container().updateContentMargins();
        // The switch is painted; opening the menu on a phone animates as before.
        requestAnimationFrame(() => this.switchingLayout.set(false));
      },
    });
  }

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }

  protected skipToMain(): void {
    this.main().nativeElement.focus();
  }

  /** On narrow screens the navigation overlays the page; close it once the user has chosen. */
  protected navigated(sidenav: MatSidenav): void {
    if (!this.wide()) {
      void sidenav.close();
    }
  }
}
