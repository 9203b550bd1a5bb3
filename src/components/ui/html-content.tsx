import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SafeHtml } from '../../domain/safe-html';

interface HtmlContentProps {
  html: SafeHtml;
  className?: string;
}

/**
 * Renders sanitized HTML. Links the sanitizer rewrote to Gazette routes navigate inside the app
 * rather than reloading the page.
 */
export const HtmlContent = ({ html, className }: HtmlContentProps) => {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = (event.target as Element).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href?.startsWith('/') || href.startsWith('//') || anchor.target) return;
    event.preventDefault();
    void navigate(href);
  };
  // Delegated clicks on links that are already keyboard-operable; the div itself is not a control.
  // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
  return <div className={className} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
};
