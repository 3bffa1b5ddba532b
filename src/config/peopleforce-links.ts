/** Where a PeopleForce task is opened in PeopleForce's web app. */
export function peopleforceTaskUrl(taskId: number): string {
  return `https://app.peopleforce.io/tasks/${taskId}`;
}
