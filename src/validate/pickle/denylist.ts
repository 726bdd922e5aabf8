/**
 * Known-dangerous globals, each with the reason a reviewer needs. The denylist explains failures; it is not
 * what keeps files safe (the allowlist is: anything not allowed fails). Sources: picklescan's
 * `_unsafe_globals`, modelscan's severity table, fickling's UNSAFE_IMPORTS, and the advisories listed in
 * the research notes (GHSA-vvpj-8cmc-gx39 pkgutil.resolve_name, importlib/marshal bypasses, asyncio
 * submodules, numpy.f2py, pandas read_* exfiltration, scanner deactivation ...).
 */
export interface DenyRule {
  /** Full dotted pattern; `*` matches anything (dots included). */
  pattern: string;
  reason: string;
}

const EXEC = 'runs arbitrary code';
const PROC = 'starts processes or calls the operating system';
const FS = 'reads or writes files';
const NET = 'opens network connections';
const LOADER = 'loads another serialized object (a second, unchecked pickle)';
const INTROSPECT = 'reaches arbitrary objects through attribute lookup';

function modules(names: string[], reason: string): DenyRule[] {
  return names.map((m) => ({ pattern: `${m}.*`, reason }));
}

export const DENY_RULES: DenyRule[] = [
  ...['eval', 'exec', 'execfile', 'compile', 'breakpoint', 'input', 'apply', 'help', 'exit', 'quit', 'reload']
    .map((n) => ({ pattern: `builtins.${n}`, reason: EXEC })),
  ...['getattr', 'setattr', 'delattr', 'vars', 'globals', 'locals', '__import__', 'type', 'super', 'memoryview', 'classmethod', 'staticmethod', 'property']
    .map((n) => ({ pattern: `builtins.${n}`, reason: INTROSPECT })),
  { pattern: 'builtins.open', reason: FS },
  { pattern: 'builtins.file', reason: FS },
  ...modules(['os', 'posix', 'nt', 'posixpath', 'ntpath', 'subprocess', '_posixsubprocess', 'pty', 'commands', 'popen2', 'signal', 'resource', 'fcntl', 'mmap', '_winapi', 'msvcrt', 'winreg'], PROC),
  ...modules(['sys', 'importlib', 'imp', 'zipimport', 'pkgutil', 'runpy', 'marshal', 'types', 'code', 'codeop', 'inspect', 'gc', 'site', 'ctypes', '_ctypes', 'cffi', 'builtins.object.__subclasses__'], EXEC),
  ...modules(['pdb', 'bdb', 'trace', 'cProfile', 'profile', 'timeit', 'doctest', 'pydoc', 'idlelib', 'lib2to3', 'test', 'unittest', 'distutils', 'setuptools', 'pip', 'ensurepip', 'venv', '_osx_support', '_aix_support', '_pyrepl', 'rlcompleter', 'readline', 'cmd', 'threading', '_thread', 'thread', 'multiprocessing', 'concurrent', 'asyncio', '_asyncio', 'selectors', 'sched', 'atexit', 'functools', 'operator', '_operator', 'copy', 'weakref', 'abc', 'dataclasses', 'typing', 'string.Formatter', 'logging', 'warnings', 'jinja2'], EXEC),
  ...modules(['pickle', '_pickle', 'cPickle', 'pickletools', 'dill', 'cloudpickle', 'shelve', 'dbm', 'joblib.load', 'joblib.numpy_pickle.load', 'torch.load', 'torch.serialization', 'torch.storage._load_from_bytes', 'torch.package', 'torch.hub', 'numpy.load', 'numpy.lib.format', 'numpy.lib.npyio', 'yaml', 'jsonpickle'], LOADER),
  ...modules(['shutil', 'tempfile', 'io', '_io', 'pathlib', 'glob', 'fileinput', 'filecmp', 'zipfile', 'tarfile', 'gzip', 'bz2', 'lzma', 'sqlite3', 'linecache', 'tokenize', 'codecs', 'numpy.fromfile', 'numpy.tofile', 'numpy.loadtxt', 'numpy.savetxt', 'numpy.genfromtxt', 'numpy.save', 'numpy.memmap', 'numpy.core.memmap', 'numpy._core.memmap', 'numpy.DataSource', 'numpy.lib._datasource'], FS),
  ...modules(['socket', '_socket', 'ssl', '_ssl', 'http', 'httplib', 'urllib', 'urllib2', 'urllib3', 'requests', 'aiohttp', 'httpx', 'ftplib', 'smtplib', 'imaplib', 'poplib', 'nntplib', 'telnetlib', 'xmlrpc', 'xmlrpclib', 'socketserver', 'SocketServer', 'webbrowser', 'uuid', 'email', 'mailbox', 'asynchat', 'asyncore'], NET),
  ...modules(['numpy.f2py', 'numpy.distutils', 'numpy.testing', 'numpy.ctypeslib', 'numpy.lib.utils'], EXEC),
  ...modules(['torch.jit', 'torch._dynamo', 'torch._inductor', 'torch.compile', 'torch.fx', 'torch._C._jit*', 'torch.utils.collect_env', 'torch.utils.bottleneck', 'torch.utils.data.datapipes', 'torch.utils._config_module', 'torch.utils.cpp_extension', 'torch.ops', 'torch._ops', 'torch.library', 'torch.cuda.memory', 'torch.distributed', 'torch.multiprocessing', 'torch.backends'], EXEC),
  ...modules(['sklearn.utils._testing', 'sklearn.datasets', 'sklearn.externals', 'sklearn.utils._show_versions'], EXEC),
  { pattern: 'pandas*.read_*', reason: `${FS} (pandas readers fetch files and URLs)` },
  { pattern: 'pandas*.to_*', reason: `${FS} (pandas writers)` },
  { pattern: 'pandas.io.*', reason: FS },
  ...modules(['mlflow', 'transformers', 'huggingface_hub', 'keras', 'tensorflow', 'tf_keras', 'onnx.hub', 'tensorboard'], `${LOADER}; ${NET}`),
  ...modules(['fickling', 'picklescan', 'modelscan', 'modelaudit'], 'tampers with security scanners'),
];

/**
 * Names that are dangerous wherever they appear as a component of the module or the qualified name:
 * `pathlib` + `os.system`, `builtins` + `getattr.__call__`, `numpy` + `__builtins__`... Checking every
 * dotted component is what closes the "dotted attribute through a harmless module" bypasses.
 */
export const DANGEROUS_COMPONENTS: Record<string, string> = {
  os: PROC, posix: PROC, nt: PROC, subprocess: PROC, pty: PROC, commands: PROC, system: PROC, popen: PROC,
  spawnl: PROC, spawnv: PROC, spawnve: PROC, execl: PROC, execv: PROC, execve: PROC, execvp: PROC, fork: PROC,
  sys: EXEC, importlib: EXEC, marshal: EXEC, runpy: EXEC, ctypes: EXEC, _ctypes: EXEC, eval: EXEC, exec: EXEC,
  execfile: EXEC, compile: EXEC, breakpoint: EXEC, import_module: EXEC, load_module: EXEC, run: EXEC,
  runcode: EXEC, runsource: EXEC, runctx: EXEC, run_path: EXEC, run_module: EXEC, _run_code: EXEC,
  execWrapper: EXEC, resolve_name: EXEC, subimport: EXEC,
  pickle: LOADER, _pickle: LOADER, cPickle: LOADER, dill: LOADER, cloudpickle: LOADER, loads: LOADER,
  shutil: FS, open: FS, rmtree: FS, unlink: FS, remove: FS, tempfile: FS,
  socket: NET, webbrowser: NET, urlopen: NET, urlretrieve: NET,
  getattr: INTROSPECT, setattr: INTROSPECT, delattr: INTROSPECT, vars: INTROSPECT, globals: INTROSPECT,
  locals: INTROSPECT, __import__: INTROSPECT, __builtins__: INTROSPECT, __globals__: INTROSPECT,
  __subclasses__: INTROSPECT, __class__: INTROSPECT, __base__: INTROSPECT, __bases__: INTROSPECT,
  __mro__: INTROSPECT, __code__: INTROSPECT, __closure__: INTROSPECT, __dict__: INTROSPECT,
  __getattribute__: INTROSPECT, __getattr__: INTROSPECT, __setattr__: INTROSPECT, __delattr__: INTROSPECT,
  __reduce__: INTROSPECT, __reduce_ex__: INTROSPECT, __call__: INTROSPECT, __init_subclass__: INTROSPECT,
  __loader__: INTROSPECT, __spec__: INTROSPECT, __func__: INTROSPECT, __self__: INTROSPECT,
  __wrapped__: INTROSPECT, __module__: INTROSPECT, __setstate__: INTROSPECT, __setitem__: INTROSPECT,
  f_globals: INTROSPECT, f_locals: INTROSPECT, gi_frame: INTROSPECT, tb_frame: INTROSPECT,
};

/** Python 2 module names the unpickler maps to Python 3 ones (`_compat_pickle.IMPORT_MAPPING`). */
export const MODULE_ALIASES: Record<string, string> = {
  __builtin__: 'builtins', exceptions: 'builtins', copy_reg: 'copyreg', Queue: 'queue',
  SocketServer: 'socketserver', ConfigParser: 'configparser', repr: 'reprlib', cPickle: 'pickle',
  commands: 'subprocess', UserDict: 'collections', UserList: 'collections', UserString: 'collections',
  whichdb: 'dbm', anydbm: 'dbm', StringIO: 'io', cStringIO: 'io', urllib2: 'urllib.request',
  httplib: 'http.client', thread: '_thread', dummy_thread: '_dummy_thread', urlparse: 'urllib.parse',
  cookielib: 'http.cookiejar', Cookie: 'http.cookies', xmlrpclib: 'xmlrpc.client', HTMLParser: 'html.parser',
  SimpleHTTPServer: 'http.server', BaseHTTPServer: 'http.server', CGIHTTPServer: 'http.server',
  Tkinter: 'tkinter', robotparser: 'urllib.robotparser', _winreg: 'winreg',
};

/** Python 2 (module, name) pairs the unpickler maps (`_compat_pickle.NAME_MAPPING`, the ones that matter). */
export const NAME_ALIASES: Record<string, string> = {
  'builtins.xrange': 'builtins.range', 'builtins.unicode': 'builtins.str', 'builtins.long': 'builtins.int',
  'builtins.basestring': 'builtins.str', 'builtins.unichr': 'builtins.chr', 'builtins.reduce': 'functools.reduce',
  'builtins.intern': 'sys.intern', 'itertools.izip': 'builtins.zip', 'itertools.imap': 'builtins.map',
  'itertools.ifilter': 'builtins.filter', 'urllib.urlopen': 'urllib.request.urlopen',
  'urllib.urlretrieve': 'urllib.request.urlretrieve', 'collections.IterableUserDict': 'collections.UserDict',
};
