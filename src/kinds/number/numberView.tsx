import type { KindView } from '../KindView.js';
import { NumberAnswer } from './NumberAnswer.js';
import type { NumberQuestion } from './schema.js';

export const numberView: KindView<NumberQuestion> = {
  Answer: (props) => <NumberAnswer {...props} />,
  presenter: null,
};
