export const id = 491;
export const ids = [491];
export const modules = {

/***/ 8491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addCommentReaction: () => (/* binding */ addCommentReaction)
/* harmony export */ });
/** Reacts to a comment, e.g. `eyes` when a command is picked up and `rocket` or `confused` when it ends. */
async function addCommentReaction(client, input) {
    const response = await client.rest.reactions.createForIssueComment({
        owner: input.owner,
        repo: input.repo,
        comment_id: input.commentId,
        content: input.content,
    });
    return { id: response.data.id, created: response.status === 201 };
}


/***/ })

};
