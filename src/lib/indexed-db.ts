/**
 * Whether an IndexedDB database exists, asked without opening it (which would create it). True
 * when the browser cannot say: the caller then opens it and finds out.
 */
export const databaseExists = async (name: string): Promise<boolean> => {
  try {
    return (await indexedDB.databases()).some((database) => database.name === name);
  } catch {
    return true;
  }
};
