// Opens the KIE DMN editor on the draft's model (the text and file name in #dmn-editor's data attributes)
// and posts the model as the editor holds it with "Save and check". A file, not an inline script: the
// Content-Security-Policy allows no inline script.
(function () {
  var element = document.getElementById('dmn-editor');
  if (!element) {
    return;
  }
  if (!window.DmnEditor) {
    document.getElementById('editor-missing').hidden = false;
    return;
  }
  var editor = DmnEditor.open({
    container: element,
    initialContent: Promise.resolve(element.getAttribute('data-model') || ''),
    initialFileNormalizedPosixPathRelativeToTheWorkspaceRoot: element.getAttribute('data-name') || 'model.dmn',
    readOnly: false
  });
  window.frontdoorEditor = editor;
  var form = document.getElementById('editor-form');
  var save = document.getElementById('save-model');
  save.disabled = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    save.disabled = true;
    editor.getContent().then(function (xml) {
      document.getElementById('editor-text').value = xml;
      form.submit();
    }, function () { save.disabled = false; });
  });
})();
