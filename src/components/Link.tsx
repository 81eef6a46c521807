import { useQueryClient } from '@tanstack/react-query';
import { useRef, type ComponentProps } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { prefetchHref } from '../content-api';
import { usePrefetchRouteCode } from './routeCode';
import { savesData } from './saveData';

type Props = Omit<ComponentProps<typeof RouterLink>, 'to'> & { to: string };

/**
 * An in-app link that starts loading its page's data and code as soon as the
 * reader shows intent (pointer, focus, touch), so following it paints at once.
 */
export function Link({ to, onPointerEnter, onFocus, onTouchStart, ...rest }: Props) {
  const client = useQueryClient();
  const prefetchCode = usePrefetchRouteCode();
  const warmed = useRef(false);

  const warm = () => {
    if (warmed.current || savesData()) return;
    warmed.current = true;
    prefetchHref(client, to);
    prefetchCode(to);
  };

  return (
    <RouterLink
      to={to}
      onPointerEnter={(event) => {
        warm();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        warm();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        warm();
        onTouchStart?.(event);
      }}
      {...rest}
    />
  );
}
