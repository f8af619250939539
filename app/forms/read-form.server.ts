/**
 * The posted form of an action. A post without a form body (no Content-Type, JSON, a broken
 * multipart body) reads as an empty form, so the action answers it as it answers any form with
 * nothing filled in — a 400 with its own field messages — rather than a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}
