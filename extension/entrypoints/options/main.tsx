import { render } from 'preact';
import { Options } from '../../components/options/Options';
import '../../components/page.css';

render(<Options />, document.getElementById('app')!);
