import { Router, type Request } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { ReportFilters } from '../../shared/api/reports-api';
import { routes } from '../../shared/api/routes';
import { contactsReport, messagesReport } from '../reports/activity-report';
import { conversationLog, conversationsCsv } from '../reports/conversation-log';
import { csatReport } from '../reports/csat-report';
import { agentsReport, teamsReport } from '../reports/load-report';
import { overviewReport } from '../reports/overview-report';
import { reportContext, rangeSummary, type ReportContext } from '../reports/report-context';
import { ReportInputError } from '../reports/report-range';
import { responsesReport } from '../reports/responses-report';
import { workflowReport, workflowsReport } from '../reports/workflow-report';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

const logRows = 1000;

/** Reports for admins (shared/api/reports-api.ts); every one reads the filters of the query. */
export function reportsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  const context = async (req: Request): Promise<ReportContext> => {
    try {
      return await reportContext(store, req.query as unknown as ReportFilters);
    } catch (error) {
      throw error instanceof ReportInputError ? new HttpError(400, error.message) : error;
    }
  };
  const answer = <T>(read: (c: ReportContext, req: Request) => Promise<T>) =>
    route(async (req, res) => {
      const c = await context(req);
      try {
        res.json(await read(c, req));
      } catch (error) {
        throw error instanceof ReportInputError ? new HttpError(400, error.message) : error;
      }
    });

  on(routes.overviewReport, answer(overviewReport));
  on(routes.responsesReport, answer(responsesReport));
  on(
    routes.agentsReport,
    answer(async (c) => ({ range: rangeSummary(c), agents: await agentsReport(c) })),
  );
  on(
    routes.teamsReport,
    answer(async (c) => ({ range: rangeSummary(c), teams: await teamsReport(c) })),
  );
  on(
    routes.csatReport,
    answer((c, req) => csatReport(c, typeof req.query.score === 'string' ? Number(req.query.score) : undefined)),
  );
  on(
    routes.workflowsReport,
    answer(async (c) => ({ range: rangeSummary(c), workflows: await workflowsReport(c) })),
  );
  on(
    routes.workflowReport,
    answer(async (c, req) => {
      const id = req.params.id as string;
      const found = await workflowReport(c, id, typeof req.query.version === 'string' ? Number(req.query.version) : undefined);
      if (!found) throw new HttpError(404, `No workflow "${id}"`);
      return found;
    }),
  );
  on(routes.contactsReport, answer(contactsReport));
  on(routes.messagesReport, answer(messagesReport));
  on(
    routes.conversationsReport,
    answer(async (c) => {
      const { rows, truncated } = await conversationLog(c, logRows);
      return { range: rangeSummary(c), conversations: rows, truncated };
    }),
  );
  on(
    routes.conversationsCsv,
    route(async (req, res) => {
      const c = await context(req);
      const { rows } = await conversationLog(c);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="conversations-${c.range.from}-to-${c.range.to}.csv"`);
      res.send(conversationsCsv(rows));
    }),
  );
  return router;
}
