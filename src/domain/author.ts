export interface Author {
  id: number;
  name: string;
  slug: string;
  description: string;
}
