import type { KindView } from '../KindView.js';
import type { TextQuestion } from './schema.js';
import { TextAnswer } from './TextAnswer.js';

export const textView: KindView<TextQuestion> = {
  Answer: (props) => <TextAnswer {...props} />,
  presenter: null,
};
