// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OwnPromptsSection } from '../../../extension/components/options/OwnPromptsSection';
import { fitsSyncItem, ownPromptsItem, type OwnPrompt } from '../../../extension/storage';

const status = () => screen.getByRole('status').textContent;

async function add(text: string, category?: string) {
  fireEvent.input(screen.getByLabelText('New prompt'), { target: { value: text } });
  if (category) fireEvent.change(screen.getByLabelText('Category'), { target: { value: category } });
  fireEvent.click(screen.getByRole('button', { name: 'Add prompt' }));
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('prompts of your own', () => {
  it('adds a prompt with its category and clears the box', async () => {
    render(<OwnPromptsSection />);
    await screen.findByText('You have not written any yet.');
    await add('  What would  you teach a new hire? ', 'mentoring');
    await waitFor(() => expect(status()).toBe('Prompt added.'));
    const stored = await ownPromptsItem.getValue();
    expect(stored).toEqual([{ id: expect.stringMatching(/^own-/), text: 'What would you teach a new hire?', category: 'mentoring' }]);
    expect(screen.getByLabelText('New prompt')).toHaveProperty('value', '');
    expect(screen.getByText('What would you teach a new hire?')).toBeTruthy();
  });

  it('asks for text before adding', async () => {
    render(<OwnPromptsSection />);
    await screen.findByText('You have not written any yet.');
    await add('   ');
    expect(status()).toContain('Write the prompt first');
    expect(await ownPromptsItem.getValue()).toEqual([]);
  });

  it('caps the text length', async () => {
    render(<OwnPromptsSection />);
    await screen.findByText('You have not written any yet.');
    expect(screen.getByLabelText('New prompt').getAttribute('maxlength')).toBe('280');
    await add('y'.repeat(400));
    await waitFor(() => expect(status()).toBe('Prompt added.'));
    expect((await ownPromptsItem.getValue())[0]?.text).toHaveLength(280);
  });

  it('edits and removes a prompt', async () => {
    await ownPromptsItem.setValue([
      { id: 'own-a', text: 'First', category: 'review' },
      { id: 'own-b', text: 'Second', category: 'steps' },
    ]);
    render(<OwnPromptsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit: First' }));
    fireEvent.input(screen.getByLabelText('Prompt'), { target: { value: 'First, better' } });
    fireEvent.change(screen.getAllByLabelText('Category')[0]!, { target: { value: 'timeline' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save prompt' }));
    await waitFor(() => expect(status()).toBe('Prompt saved.'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove: Second' }));
    await waitFor(() => expect(status()).toBe('Prompt removed.'));
    expect(await ownPromptsItem.getValue()).toEqual([{ id: 'own-a', text: 'First, better', category: 'timeline' }]);
  });

  it('refuses a prompt that would overflow the sync item, keeping the typed text', async () => {
    const extra = 'One more question that does not fit';
    const full: OwnPrompt[] = [];
    // Fill the item until not even one more prompt of this length (with a new prompt's id) would fit.
    while (fitsSyncItem('ownPrompts', [...full, { id: 'own-12345678', text: extra, category: 'review' }])) {
      full.push({ id: `own-${full.length}`, text: 'z'.repeat(30), category: 'review' });
    }
    await ownPromptsItem.setValue(full);
    render(<OwnPromptsSection />);
    await screen.findAllByRole('button', { name: /^Remove/ });
    await add(extra);
    await waitFor(() => expect(status()).toContain('There is no room for this prompt'));
    expect(await ownPromptsItem.getValue()).toEqual(full);
    expect(screen.getByLabelText('New prompt')).toHaveProperty('value', extra);
  });

  it('shows a hostile prompt as text', async () => {
    await ownPromptsItem.setValue([{ id: 'own-x', text: '<img src=x onerror=alert(1)>', category: 'review' }]);
    const { container } = render(<OwnPromptsSection />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
