import type { Element } from 'hast';
import { h } from 'hastscript';

/**
 * Links that call or text the 988 Suicide and Crisis Lifeline in one tap on a phone
 * (`tel:988`, `sms:988`), shown with the crisis notice and on the help page.
 */
export function crisisActions(): Element {
  return h('p.crisis-actions', [
    // A no-break space keeps each link's words on one line, as a phone number's must be.
    h('a.crisis-action', { href: 'tel:988' }, 'Call\u00A0988'),
    ' ',
    h('a.crisis-action', { href: 'sms:988' }, 'Text\u00A0988'),
    ' ',
    h('span.crisis-actions-note', 'in the United States, at any hour.'),
  ]);
}
