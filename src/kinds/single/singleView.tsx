import type { KindView } from '../KindView.js';
import { FilterChoice } from './FilterChoice.js';
import type { SingleQuestion } from './schema.js';
import { SingleChoice } from './SingleChoice.js';

/** A short list by arrows, numbers and letters; a long one (`filter: true`) by typing part of a name. */
export const singleView: KindView<SingleQuestion> = {
  Answer: (props) => (props.question.filter ? <FilterChoice {...props} /> : <SingleChoice {...props} />),
  presenter: { role: 'radio' },
};
