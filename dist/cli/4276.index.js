export const id = 4276;
export const ids = [4276];
export const modules = {

/***/ 14276:
/***/ ((module) => {

module.exports = eval("require")("@node-rs/xxhash");


/***/ })

};
