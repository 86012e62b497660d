// The host page's own dark-mode switch: it sets data-theme on <html>; the widgets follow at runtime.
const button = document.getElementById('theme');
button.addEventListener('click', () => {
  const dark = document.documentElement.dataset.theme !== 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  button.setAttribute('aria-pressed', String(dark));
  button.textContent = dark ? 'Светлая тема' : 'Тёмная тема';
});
