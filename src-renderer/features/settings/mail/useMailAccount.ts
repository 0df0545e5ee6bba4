import { useCallback, useEffect, useState } from 'react';
import type { MailAccountState } from '../../../../src-shared/ipc/contract';
import type { MailFailure } from '../../../../src-shared/mail/types';
import { callMain, MainError } from '../../../app/mainApi';
import type { AccountDraft } from './accountDraft';
import { toSetAccountArg } from './accountDraft';
import type { PlainTextAnswer } from './askPlainTextSecret';

export type VerifyResult = { ok: true } | ({ ok: false } & MailFailure);

export type SaveOutcome = 'saved' | 'cancelled';

/**
 * The mail account as main keeps it, and the two things Settings does with it. Saving asks
 * `askPlainText` first when a new password could only be stored as plain text — before sending
 * when main already said so (secrets.plainText), else when main answers plainTextSecret.
 */
export function useMailAccount(askPlainText: () => Promise<PlainTextAnswer>) {
  const [state, setState] = useState<MailAccountState | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  const reload = useCallback(() => {
    callMain('mail:getAccount', undefined).then(
      (s) => {
        setState(s);
        setLoadError(null);
      },
      (err: unknown) => setLoadError(err),
    );
  }, []);
  useEffect(reload, [reload]);

  const save = useCallback(
    async (draft: AccountDraft): Promise<SaveOutcome> => {
      const choose = async (): Promise<boolean | null> => {
        const answer = await askPlainText();
        return answer === null ? null : answer === 'store';
      };
      let storePlain: boolean | undefined;
      if (draft.mode === 'smtp' && draft.password && state?.secrets.plainText) {
        const chosen = await choose();
        if (chosen === null) return 'cancelled';
        storePlain = chosen;
      }
      try {
        setState(await callMain('mail:setAccount', toSetAccountArg(draft, storePlain)));
        return 'saved';
      } catch (err) {
        if (!(err instanceof MainError) || err.code !== 'plainTextSecret' || storePlain !== undefined) throw err;
        const chosen = await choose();
        if (chosen === null) return 'cancelled';
        setState(await callMain('mail:setAccount', toSetAccountArg(draft, chosen)));
        return 'saved';
      }
    },
    [askPlainText, state?.secrets.plainText],
  );

  const verify = useCallback((): Promise<VerifyResult> => callMain('mail:verify', undefined), []);

  return { state, loadError, reload, save, verify };
}
