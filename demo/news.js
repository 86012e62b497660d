// The newspaper's dark mode is a `dark` class on <html>; the widgets follow it.
const button = document.getElementById('theme');
button.addEventListener('click', () => {
  const dark = document.documentElement.classList.toggle('dark');
  button.textContent = dark ? 'Светлая тема' : 'Тёмная тема';
});
