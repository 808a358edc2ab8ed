import { Router, type Response } from 'express';
import { defaultChannelId } from '../channels/contact-address';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { contactListQuery } from '../contacts/contact-list-query';
import { contactCsvHeader, contactCsvLine } from '../contacts/contacts-csv';
import { fileContactAction } from '../contacts/file-contact-action';
import { readContactsCsv } from '../contacts/read-contacts-csv';
import type { ContactQuery } from '../store/contact-search';
import type { ContactRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const exportPage = 200;
/** Events filed at once while importing. */
const fileConcurrency = 25;

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Contacts as CSV: the export pages through the same index as the list (twice: once for the
 * field names, once to write), never holding every contact in memory; the import checks every
 * line first and imports nothing when one is wrong, then files one edit per contact in its queue.
 */
export function contactsCsvRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  async function eachContact(query: ContactQuery, visit: (contact: ContactRecord) => void): Promise<void> {
    let cursor: string | undefined;
    do {
      const page = await store.contactSearch.page({ ...query, limit: exportPage, ...(cursor ? { cursor } : {}) });
      page.contacts.forEach(visit);
      cursor = page.next ?? undefined;
      await yieldToOthers();
    } while (cursor);
  }

  on(
    routes.exportContactsCsv,
    route(async (req, res: Response) => {
      const query = contactListQuery(req.query, exportPage);
      const names = new Set<string>();
      await eachContact(query, (contact) => Object.keys(contact.fields).forEach((name) => names.add(name)));
      const fieldNames = [...names].sort();
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="contacts.csv"');
      res.write(contactCsvHeader(fieldNames));
      await eachContact(query, (contact) => res.write(contactCsvLine(contact, fieldNames)));
      res.end();
    }),
  );

  on(
    routes.importContactsCsv,
    route(async (req, res) => {
      const body = req.body as { csv: string; dryRun?: boolean };
      const channels = new Set([defaultChannelId, ...(await store.channels.find({})).map((c) => c.id)]);
      const { rows, problems } = await readContactsCsv(body.csv, (id) => store.contacts.get(id), channels);
      const created = rows.filter((row) => !row.exists).length;
      if (problems.length && !body.dryRun)
        throw new HttpError(400, `${problems.length} problem(s) in the file; nothing was imported`, { problems: problems.slice(0, 200) });
      if (!body.dryRun) {
        const caller = res.locals.caller as Caller;
        const user = caller.userId ? await store.users.get(caller.userId) : null;
        for (let i = 0; i < rows.length; i += fileConcurrency)
          await Promise.all(rows.slice(i, i + fileConcurrency).map((row) => fileContactAction(services, row.contactId, user, row.edit)));
      }
      res.json({ imported: problems.length ? 0 : rows.length, created, dryRun: body.dryRun === true, problems: problems.slice(0, 200) });
    }),
  );

  return router;
}
