/**
 * The longest id (of an event, category, actor …): the schema refuses longer ones in data,
 * and the view query ignores longer ones in addresses. Here, apart from the schema, so that
 * the view query (in the widget's bundle) does not bring the schema's validators with it.
 */
export const MAX_ID_LENGTH = 120;
