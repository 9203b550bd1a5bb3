/** What the mock backend says a list holds, for tests that must not hard-code the dataset. */
export const wpTotal = async (query: string): Promise<number> => {
  const response = await fetch(`${window.location.origin}/wp-json/wp/v2/posts?${query}`);
  return Number(response.headers.get('X-WP-Total'));
};
