/** The code facts the /diagnose/ tool loads on first use, built from the collection. */
import { toDiagnoseFacts, type DiagnoseFacts } from '../lib/diagnose/facts';
import { getAllCodes } from './codes';

export async function getDiagnoseFacts(): Promise<DiagnoseFacts> {
  return toDiagnoseFacts((await getAllCodes()).map((entry) => entry.data));
}
