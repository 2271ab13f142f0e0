/**
 * A response id: a lowercase random UUID v4, nothing around it. Apart from the response schema so that the store,
 * which checks saved ids on every start, does not load the schema library before the first frame.
 */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
