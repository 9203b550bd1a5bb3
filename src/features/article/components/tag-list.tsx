import type { Tag } from '../../../domain/tag';

export const TagList = ({ tags }: { tags: Tag[] }) =>
  tags.length === 0 ? null : (
    <div className="tags">
      <h2 className="visually-hidden">Tags</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id} className="tag">
            {tag.name}
          </li>
        ))}
      </ul>
    </div>
  );
