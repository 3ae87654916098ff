import { useAppSelector } from '../../app/store/hooks.ts';
import { Banner } from '../../ui/Banner.tsx';
import { selectIsConnectionDown } from '../connectivity/connectivitySlice.ts';

/** Commanders keep working offline; they must know their view may be stale and commands may not land. */
export function ConnectionLostBanner() {
  const down = useAppSelector(selectIsConnectionDown);
  if (!down) return null;
  return (
    <Banner tone="warning">
      Connection to the Lantern node lost — reconnecting. What you see may be out of date; commands
      will fail until it is back.
    </Banner>
  );
}
