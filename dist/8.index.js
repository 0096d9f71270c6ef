export const id = 8;
export const ids = [8];
export const modules = {

/***/ 25008:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tomlParser: () => (/* binding */ tomlParser)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);

const tomlParser = {
    format: 'TOML',
    extensions: ['.toml'],
    parse: (text) => (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text)
};


/***/ })

};
