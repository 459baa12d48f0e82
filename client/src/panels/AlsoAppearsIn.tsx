/**
 * "Also appears in": entities of the store's other cases that seem to be the focused one, with the
 * case, the score and why (Entity.alsoAppearsIn), each a link that opens that case on that entity.
 *
 * The links are plain `<a href>`: panels do not import the shell's in-page navigation, and opening
 * another case mounts the explorer afresh in any case (CasePage), so a page load loses nothing.
 */
import { useEffect, useState } from 'react';
import { AlsoAppearsInQuery } from '../api/match-operations.ts';
import { TypeBadge } from '../canvas/TypeBadge.tsx';
import type { AlsoAppearsInQuery as AlsoAppearsInResult } from '../generated/graphql.ts';
import { entityInCasePath } from '../state/entity-link.ts';
import { useCaseQuery } from '../state/use-query.ts';

type Match = NonNullable<AlsoAppearsInResult['case']['entity']>['alsoAppearsIn'][number];

const FIRST = 20;

function MatchLink({ match }: { match: Match }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void entityInCasePath(match.case.id, match.entity.id).then((path) => live && setHref(path));
    return () => {
      live = false;
    };
  }, [match.case.id, match.entity.id]);
  const percent = Math.round(match.score * 100);
  return (
    <li className="match">
      <a
        href={href ?? `/cases/${encodeURIComponent(match.case.id)}`}
        aria-label={`${match.entity.name} in ${match.case.name}`}
      >
        <TypeBadge type={match.entity.type} compact />
        <span className="other-name">{match.entity.name}</span>
        <span className="match-case">{match.case.name}</span>
        <span className="match-score" title="How sure the match is">
          {percent}%
        </span>
      </a>
      <ul className="match-reasons">
        {match.reasons.map((reason, i) => (
          <li key={i}>{reason.text}</li>
        ))}
      </ul>
    </li>
  );
}

export function AlsoAppearsIn({ id }: { id: string }) {
  const query = useCaseQuery(AlsoAppearsInQuery, { id, first: FIRST });
  if (query.status === 'error')
    return (
      <section className="details-section" aria-label="Also appears in">
        <h3>Also appears in</h3>
        <p className="panel-error" role="alert">
          {query.error}
        </p>
      </section>
    );
  if (query.status !== 'done') return null;
  const matches = query.data.case.entity?.alsoAppearsIn ?? [];
  if (matches.length === 0) return null;
  return (
    <section className="details-section also-appears-in" aria-label="Also appears in">
      <h3>
        Also appears in <span className="count">{matches.length}</span>
      </h3>
      <ul className="match-list">
        {matches.map((match) => (
          <MatchLink key={`${match.case.id}/${match.entity.id}`} match={match} />
        ))}
      </ul>
    </section>
  );
}
