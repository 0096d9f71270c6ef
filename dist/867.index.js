export const id = 867;
export const ids = [867];
export const modules = {

/***/ 47867:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yamlParser: () => (/* binding */ yamlParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

const yamlParser = {
    format: 'YAML',
    extensions: ['.yaml', '.yml'],
    // `.nan` and `.inf` are YAML's own non-finite numbers; the yaml package maps them to NaN/Infinity.
    parse: (text) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { prettyErrors: true })
};


/***/ })

};
