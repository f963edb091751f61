import { describe, expect, it } from 'vitest';
import { Fragment, h, raw } from '../../src/web/jsx.js';

describe('JSX runtime', () => {
  it('escapes text and attributes by default', () => {
    const name = '<b>"Tom" & \'Jerry\'</b>';
    const out = (
      <p title={name} class="x">
        {name}
      </p>
    ).html;
    expect(out).toBe('<p title="&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;" class="x">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>');
  });

  it('passes only explicitly trusted markup through', () => {
    expect((<div>{raw('<em>ok</em>')}</div>).html).toBe('<div><em>ok</em></div>');
  });

  it('handles booleans, void elements, lists, fragments and components', () => {
    const Item = ({ label }: { label: string }) => <li>{label}</li>;
    const out = (
      <Fragment>
        <input type="checkbox" checked={true} disabled={false} />
        <ul>
          {['a', 'b'].map((x) => (
            <Item label={x} />
          ))}
          {null}
          {false}
        </ul>
      </Fragment>
    ).html;
    expect(out).toBe('<input type="checkbox" checked><ul><li>a</li><li>b</li></ul>');
  });
});
