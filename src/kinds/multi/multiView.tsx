import type { KindView } from '../KindView.js';
import { MultiChoice } from './MultiChoice.js';
import type { MultiQuestion } from './schema.js';

export const multiView: KindView<MultiQuestion> = {
  Answer: (props) => <MultiChoice {...props} />,
  presenter: { role: 'checkbox' },
};
