// Marks the body as soon as it exists, as GOV.UK Frontend asks, so its components style for JavaScript
// before they are drawn. A file, not an inline script: the Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
