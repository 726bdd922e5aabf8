import type { IssuePort, TrackedIssue } from '../monitor/alert.js';
import type { GitHubClient, RepoRef } from './client.js';

/** The monitor's issue port on GitHub's Issues API. */
export class GitHubIssues implements IssuePort {
  constructor(private readonly client: GitHubClient, private readonly repo: RepoRef) {}

  async listOpen(label: string): Promise<TrackedIssue[]> {
    const issues = await this.client.paginate(this.client.rest.issues.listForRepo, { ...this.repo, state: 'open', labels: label, per_page: 100 });
    // The endpoint lists pull requests too; they are never ours.
    return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, body: i.body ?? '', url: i.html_url }));
  }

  async create(input: { title: string; body: string; labels: string[] }): Promise<TrackedIssue> {
    const { data } = await this.client.rest.issues.create({ ...this.repo, title: input.title, body: input.body, labels: input.labels });
    return { number: data.number, body: data.body ?? '', url: data.html_url };
  }

  async update(number: number, input: { body: string; state?: 'closed'; stateReason?: 'completed' }): Promise<void> {
    await this.client.rest.issues.update({ ...this.repo, issue_number: number, body: input.body, ...(input.state ? { state: input.state } : {}), ...(input.stateReason ? { state_reason: input.stateReason } : {}) });
  }
}
