/**
 * Which page the address bar names: the start page (`/`) with every case, a case (`/cases/<id>`),
 * or a clear word that there is nothing at this address.
 */
import { CasePage } from './CasePage.tsx';
import { Link } from './Link.tsx';
import { PageMessage } from './PageMessage.tsx';
import { useRoute } from './route.ts';
import { StartPage } from './StartPage.tsx';

export function Routes() {
  const route = useRoute();
  if (route.page === 'cases') return <StartPage />;
  if (route.page === 'case') return <CasePage id={route.id} />;
  return (
    <PageMessage title="Nothing here">
      <p>
        There is no page at <code>{route.path}</code>. <Link to="/">All cases</Link>
      </p>
    </PageMessage>
  );
}
