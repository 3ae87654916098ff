/** Field fragments shared by the collection schemas. */
export const idField = { type: 'string', maxLength: 64 } as const;
export const isoTimeField = { type: 'string', format: 'date-time', maxLength: 40 } as const;
export const hlcField = { type: 'string', maxLength: 120 } as const;
export const nameField = { type: 'string', minLength: 1, maxLength: 200 } as const;
export const textField = { type: 'string', maxLength: 20000 } as const;
