import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OfferManagementError } from '../../src/api/errors';
import {
  Button,
  CopyButton,
  copyText,
  EmptyState,
  isSafeImageUrl,
  SafeImage,
  SectionError,
  Skeleton,
  StatusBadge,
} from '../../src/components/shared';
import { ThemeScope } from '../../src/theme';

describe('isSafeImageUrl', () => {
  it.each([
    ['https://cdn.example.com/a.png', true],
    ['http://cdn.example.com/a.png', true],
    ['  https://cdn.example.com/a.png  ', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:https://x/1', false],
    ['//evil.example.com/a.png', false],
    ['/relative.png', false],
    ['not a url', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeImageUrl(url)).toBe(safe);
  });
});

describe('<SafeImage />', () => {
  it('loads http(s) only, else shows a labelled placeholder', () => {
    const { container, rerender } = render(<SafeImage src="javascript:alert(1)" alt="Product" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Product' })).toHaveAttribute('data-placeholder');
    rerender(<SafeImage src="https://cdn.example.com/p.png" alt="Product" />);
    expect(screen.getByRole('img', { name: 'Product' })).toHaveAttribute('src', 'https://cdn.example.com/p.png');
  });

  it('shows the placeholder after a load error, and tries again for a new src', () => {
    const { rerender } = render(<SafeImage src="https://cdn.example.com/broken.png" alt="Product" />);
    act(() => {
      screen.getByRole('img', { name: 'Product' }).dispatchEvent(new Event('error'));
    });
    expect(screen.getByRole('img', { name: 'Product' })).toHaveAttribute('data-placeholder');
    rerender(<SafeImage src="https://cdn.example.com/ok.png" alt="Product" />);
    expect(screen.getByRole('img', { name: 'Product' })).toHaveAttribute('src', 'https://cdn.example.com/ok.png');
  });

  it('hides a decorative placeholder from assistive technology', () => {
    const { container } = render(<SafeImage src={undefined} alt="" />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('<StatusBadge />', () => {
  it.each([
    ['synched', 'Synched', 'success'],
    ['error', 'Error', 'critical'],
    ['unavailable', 'Unavailable', 'neutral'],
    ['sending', 'Sending', 'info'],
  ] as const)('status %s shows text and an icon', (status, label, tone) => {
    const { container } = render(<StatusBadge status={status} />);
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(container.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-tone', tone);
  });

  it.each([
    ['success', 'Success'],
    ['failure', 'Failure'],
    ['notification', 'Notification'],
    ['processing', 'Processing'],
    ['retrying', 'retrying'],
  ])('result %s shows "%s"', (result, label) => {
    render(<StatusBadge result={result} />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });
});

describe('<SectionError />', () => {
  it.each([
    ['not-found', 'Offer not found', /couldn't find this offer/],
    ['unauthorized', "You don't have access to this offer", /Sign in again/],
    ['invalid-response', "We couldn't read this information", /could not understand/],
    ['network', 'No connection', /internet connection/],
    ['timeout', 'This is taking too long', /didn't answer in time/],
    ['http', 'Something went wrong', /had a problem answering/],
  ] as const)('%s: says what happened and offers Retry', async (kind, title, text) => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<SectionError error={new OfferManagementError(kind, 'x', { status: 500 })} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(text);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the HTTP status and a generic message for unknown errors', () => {
    const { unmount } = render(<SectionError error={new OfferManagementError('http', 'x', { status: 503 })} />);
    expect(screen.getByText('Error code: 503')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();
    render(<SectionError error={new TypeError('boom')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.queryByText(/boom/)).not.toBeInTheDocument();
  });
});

describe('<CopyButton />', () => {
  it('copies, announces politely, and reports a clipboard failure', async () => {
    const user = userEvent.setup();
    const onCopied = vi.fn();
    render(<CopyButton value="MLB123" label="ID on channel" onCopied={onCopied} />);
    await user.click(screen.getByRole('button', { name: 'Copy ID on channel' }));
    expect(await navigator.clipboard.readText()).toBe('MLB123');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    expect(onCopied).toHaveBeenCalledWith('MLB123');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy ID on channel' }));
    expect(await screen.findByText(/Couldn't copy/)).toBeInTheDocument();
  });

  it('copyText falls back to a hidden read-only textarea and execCommand without the Clipboard API', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const seen: Array<{ value: string; readOnly: boolean; position: string; opacity: string; selected: string }> = [];
    const exec = vi.fn((command: string) => {
      const area = document.querySelector('textarea')!;
      seen.push({
        value: area.value,
        readOnly: area.hasAttribute('readonly'),
        position: area.style.position,
        opacity: area.style.opacity,
        selected: area.value.slice(area.selectionStart, area.selectionEnd),
      });
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    try {
      await copyText('MLB9');
      expect(exec).toHaveBeenCalledWith('copy');
      expect(seen).toEqual([{ value: 'MLB9', readOnly: true, position: 'fixed', opacity: '0', selected: 'MLB9' }]);
      expect(document.querySelector('textarea')).toBeNull();
      exec.mockReturnValueOnce(false);
      await expect(copyText('x')).rejects.toThrow('Copy refused');
      expect(document.querySelector('textarea')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });
});

describe('<Skeleton /> and <EmptyState />', () => {
  it('skeletons are hidden from assistive technology', () => {
    const { container } = render(<Skeleton width={40} />);
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });
  it('empty state shows its title, description and action', () => {
    render(
      <ThemeScope>
        <EmptyState title="Nothing here" description="Really." action={<button type="button">Reload</button>} />
      </ThemeScope>,
    );
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    expect(screen.getByText('Really.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

describe('<Button />', () => {
  it('picks its variant and size by attributes over one static rule (no per-render style function)', () => {
    render(
      <ThemeScope>
        <Button>Next</Button>
        <Button variant="primary" size="small">
          Save
        </Button>
      </ThemeScope>,
    );
    const next = screen.getByRole('button', { name: 'Next' });
    const save = screen.getByRole('button', { name: 'Save' });
    expect(next).toHaveAttribute('type', 'button');
    expect(next).toHaveAttribute('data-variant', 'secondary');
    expect(save).toHaveAttribute('data-variant', 'primary');
    expect(save).toHaveAttribute('data-size', 'small');
    // One class for every variant and size: a dynamic interpolation would give each its own generated class.
    expect(save.className).toBe(next.className);
  });
});
