export const id = 5039;
export const ids = [5039];
export const modules = {

/***/ 65039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubIssues: () => (/* binding */ GitHubIssues)
/* harmony export */ });
/** The monitor's issue port on GitHub's Issues API. */
class GitHubIssues {
    client;
    repo;
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    async listOpen(label) {
        const issues = await this.client.paginate(this.client.rest.issues.listForRepo, { ...this.repo, state: 'open', labels: label, per_page: 100 });
        // The endpoint lists pull requests too; they are never ours.
        return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, body: i.body ?? '', url: i.html_url }));
    }
    async create(input) {
        const { data } = await this.client.rest.issues.create({ ...this.repo, title: input.title, body: input.body, labels: input.labels });
        return { number: data.number, body: data.body ?? '', url: data.html_url };
    }
    async update(number, input) {
        await this.client.rest.issues.update({ ...this.repo, issue_number: number, body: input.body, ...(input.state ? { state: input.state } : {}), ...(input.stateReason ? { state_reason: input.stateReason } : {}) });
    }
}


/***/ })

};
