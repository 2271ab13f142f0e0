import { describe, expect, it } from 'vitest';
import { redcapDictionaryRows } from '../../src/core/survey/dictionary.js';
import { dictionaryWords } from '../../src/messages/dictionaryWords.js';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { responseCsvLine, responsesCsvHeader } from '../../src/render/responsesCsv.js';
import { tinyBank } from '../fixtures/tinyBank.js';

const bank = tinyBank();
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

function response(answers: ResponseFile['answers']): ResponseFile {
  return {
    format: 'clinical-path/response', formatVersion: 1, bank: { id: 'tiny', version: '1' },
    responseId: ID, month: '2026-11', answers,
  };
}

describe('responsesCsvHeader', () => {
  it('csv: the response fields, then one column per question', () => {
    expect(responsesCsvHeader(bank, 'csv')).toBe('response_id,month,bank_version,pathway,discipline,spi_status,site_types,state,obstacle');
  });

  it('redcap: the dictionary\'s record fields, then id___code per checkbox choice', () => {
    expect(responsesCsvHeader(bank, 'redcap')).toBe(
      'record_id,response_id,response_month,bank_version,pathway,discipline,spi_status,' +
        'site_types___hospital,site_types___imaging_center,site_types___small_clinic,state,obstacle,clinical_path_complete',
    );
  });

  it('redcap: every checkbox column matches a choice in the dictionary, every other column a field, then the form status', () => {
    const [, ...fields] = redcapDictionaryRows(bank, dictionaryWords);
    const expected = fields.flatMap((row) =>
      row[3] === 'checkbox'
        ? row[5]!.split(' | ').map((choice) => `${row[0]}___${choice.slice(0, choice.indexOf(','))}`)
        : [row[0]!],
    );
    expect(responsesCsvHeader(bank, 'redcap').split(',')).toEqual([...expected, 'clinical_path_complete']);
  });
});

describe('responseCsvLine', () => {
  it.each<[string, ResponseFile['answers'], 'csv' | 'redcap', string]>([
    ['csv: a multi answer joined with ;', { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital', 'small_clinic'], state: 'NM' }, 'csv',
      `${ID},2026-11,1,post_primary,ct,,hospital;small_clinic,NM,`],
    ['csv: a text answer when the record carries it', { pathway: 'sonography_student', obstacle: 'no site, anywhere' }, 'csv',
      `${ID},2026-11,1,sonography_student,,,,,"no site, anywhere"`],
    ['csv: a formula in a text answer is neutralised', { obstacle: '=HYPERLINK("x")' }, 'csv',
      `${ID},2026-11,1,,,,,,"'=HYPERLINK(""x"")"`],
    ['csv: answers to questions the bank does not have are left out', { pathway: 'post_primary', retired: 'x' }, 'csv',
      `${ID},2026-11,1,post_primary,,,,,`],
    ['redcap: 1/0 per checkbox', { pathway: 'post_primary', site_types: ['hospital', 'small_clinic'], state: 'NM' }, 'redcap',
      `${ID},${ID},2026-11,1,post_primary,,,1,0,1,NM,,2`],
    ['redcap: an unanswered multi question leaves its boxes blank', { pathway: 'post_primary' }, 'redcap',
      `${ID},${ID},2026-11,1,post_primary,,,,,,,,2`],
    ['redcap: an answered multi with nothing ticked is all 0', { site_types: [] }, 'redcap',
      `${ID},${ID},2026-11,1,,,,0,0,0,,,2`],
    ['redcap: a text answer with a line break is quoted', { obstacle: 'far\nfrom everything' }, 'redcap',
      `${ID},${ID},2026-11,1,,,,,,,,"far\nfrom everything",2`],
  ])('%s', (_name, answers, format, expected) => {
    expect(responseCsvLine(bank, response(answers), format)).toBe(expected);
  });

  it('has as many cells as the header', () => {
    const r = response({ pathway: 'post_primary', site_types: ['hospital'], state: 'OR' });
    for (const format of ['csv', 'redcap'] as const) {
      expect(responseCsvLine(bank, r, format).split(',')).toHaveLength(responsesCsvHeader(bank, format).split(',').length);
    }
  });
});
