import { findJsonError, parseJson, positionAt } from '../../../lib/compliance/input/json-text';

function message(text: string): string {
  try {
    parseJson('cdk.tf.json', text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a parse error');
}

test.each([
  ['{"a":}', 'line 1, column 6: expected a value, found "}"'],
  ['{"a":1,}', 'line 1, column 8: trailing comma before "}"'],
  ['{\n  "a" 1\n}', 'line 2, column 7: expected ":" after the property name, found "1"'],
  ['{"a": "x', 'line 1, column 7: unterminated string'],
  ['[1, 2', 'line 1, column 6: expected "," or "]" after an array element, found the end of the file'],
  ['{"a": tru}', 'line 1, column 7: expected a value, found "t"'],
  ['{"a": "line\nbreak"}', 'line 1, column 12: unescaped control character'],
  ['{"a": 1} x', 'line 1, column 10: unexpected "x" after the end of the JSON value'],
  ["{'a': 1}", 'line 1, column 2: expected a property name in double quotes'],
])('%j → %s', (text, expected) => {
  expect(message(text)).toContain(`Invalid JSON in cdk.tf.json at ${expected}`);
});

test('valid JSON (with a byte order mark) parses; the scanner finds no error in it', () => {
  const text = '\uFEFF{"resource": {"a": {"b": {"c": [1, 2.5e3, -0.1, true, null, "\\u00e9\\n"]}}}}';
  expect(parseJson('x.json', text)).toEqual({ resource: { a: { b: { c: [1, 2500, -0.1, true, null, 'é\n'] } } } });
  expect(findJsonError(text.slice(1))).toBeUndefined();
});

test('an empty file says so', () => {
  expect(message('  \n')).toBe('Invalid JSON in cdk.tf.json: the file is empty. Allowed: a Terraform JSON configuration or the output of `terraform show -json`. Fix: synthesize or export the configuration again.');
});

test('positions count lines and columns from 1', () => {
  expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  expect(positionAt('ab', 0)).toEqual({ line: 1, column: 1 });
});
