/**
 * Streaming XML for the XML formats (GraphML, GEXF, the UN list) on `saxes`: the input is fed a
 * piece at a time and records are handed on as soon as their element closes, so a large file is
 * never held whole. Names are matched without their namespace prefix, which makes the readers
 * indifferent to namespaces (GEXF 1.1, 1.2draft, 1.3 or none).
 */
import { SaxesParser } from 'saxes';
import { inputName, textChunks } from './input.ts';
import { FormatError, type ImportInput, type ReadContext } from './types.ts';

export interface XmlElement {
  /** Local name, without namespace prefix: `viz:color` -> `color`. */
  name: string;
  attributes: Record<string, string>;
  /** Line where the element starts, for messages. */
  line: number;
}

export interface XmlHandler {
  open?(element: XmlElement, parents: readonly XmlElement[]): void;
  /** `text` is the element's own text content (not that of its children). */
  close?(element: XmlElement, text: string, parents: readonly XmlElement[]): void;
  /** Called once the document ended well-formed. */
  end?(): void;
}

/**
 * Deepest element nesting read. saxes itself does not recurse, but each open element hands its
 * parents to the format, so depth costs time squared: 100,000 nested elements would stall the
 * import for minutes. GraphML nests a graph in a node in a graph; none of the formats needs 20.
 */
export const MAX_XML_DEPTH = 256;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** `<edge id="e3"> (line 40)`: how messages point at an element. */
export function describe(element: XmlElement): string {
  const key = element.attributes.id ?? element.attributes.key ?? element.attributes.for;
  const attr =
    element.attributes.id !== undefined ? 'id' : element.attributes.key !== undefined ? 'key' : 'for';
  return `<${element.name}${key !== undefined ? ` ${attr}="${key}"` : ''}> (line ${element.line})`;
}

/**
 * Parses the input and yields what the handler emits, after each piece of input. A syntax error
 * (or a truncated file) becomes a FormatError with the line and column.
 */
export async function* readXml<T>(
  input: ImportInput,
  context: ReadContext,
  setup: (emit: (record: T) => void) => XmlHandler,
): AsyncGenerator<T> {
  const file = inputName(input);
  const parser = new SaxesParser({ position: true });
  const buffer: T[] = [];
  const handler = setup((record) => buffer.push(record));
  const stack: { element: XmlElement; text: string[] }[] = [];
  let sawRoot = false;
  parser.on('error', (error) => {
    throw new FormatError(
      file,
      `line ${parser.line}, column ${parser.column}`,
      null,
      `malformed XML: ${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`,
    );
  });
  parser.on('opentag', (tag) => {
    sawRoot = true;
    if (stack.length >= MAX_XML_DEPTH)
      throw new FormatError(
        file,
        `line ${parser.line}, column ${parser.column}`,
        null,
        `elements nested deeper than ${MAX_XML_DEPTH} levels, the most Redstring reads`,
      );
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[localName(key)] = String(value);
    const element = { name: localName(tag.name), attributes, line: parser.line };
    handler.open?.(
      element,
      stack.map((s) => s.element),
    );
    stack.push({ element, text: [] });
  });
  const onText = (text: string) => stack[stack.length - 1]?.text.push(text);
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const top = stack.pop();
    if (top)
      handler.close?.(
        top.element,
        top.text.join(''),
        stack.map((s) => s.element),
      );
  });
  for await (const piece of textChunks(input, context.progress)) {
    parser.write(piece);
    yield* buffer.splice(0);
  }
  parser.close();
  if (!sawRoot) throw new FormatError(file, 'line 1', null, 'the file is empty or holds no XML element');
  handler.end?.();
  yield* buffer.splice(0);
}

/** Text safe inside an XML attribute or element: escapes markup, drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
