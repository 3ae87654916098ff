import { briefLayout } from '../../../../shared/handoffs/briefDocument.ts';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';

/**
 * A brief as it reads on paper: the same layout as the Markdown and PDF
 * exports, with what changed since the last brief marked NEW. The print
 * styles print exactly this.
 */
export function BriefView({
  brief,
  nameOf,
}: {
  brief: HandoffDoc;
  nameOf: (id: string) => string;
}) {
  const layout = briefLayout(brief, nameOf);
  return (
    <article className="brief" aria-labelledby="brief-title" data-testid="brief-view">
      <h2 id="brief-title" className="brief-title">
        {layout.title}
      </h2>
      <dl className="brief-facts">
        {layout.facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {layout.blocks.map((block) => (
        <section
          key={block.heading}
          className={
            block.heading.startsWith('What changed') ? 'brief-block brief-changes' : 'brief-block'
          }
          aria-label={block.heading}
        >
          <h3 className="brief-heading">{block.heading}</h3>
          {block.paragraphs.map((paragraph, index) => (
            <p key={index} className="brief-paragraph">
              {paragraph}
            </p>
          ))}
          {block.lines.length > 0 ? (
            <ul className="brief-lines">
              {block.lines.map((line, index) => (
                <li key={index} className={line.isNew ? 'brief-line brief-line-new' : 'brief-line'}>
                  {line.isNew ? <span className="brief-new">NEW</span> : null}
                  {line.text}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </article>
  );
}
