/**
 * Allowlists per framework profile: the globals a healthy file of that framework imports or calls.
 * Patterns are full dotted names (`module.qualname`); `*` matches any run of characters (dots included);
 * a trailing `[Class]` restricts a pattern to names whose last component is a class (PEP 8 CapWords),
 * because frameworks pickle estimator *classes* while many of their *functions* touch files, networks or
 * code (e.g. `sklearn.datasets.fetch_openml`).
 */
export const PROFILE_NAMES = ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

const TORCH_DTYPES = [
  'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'complex32', 'complex64', 'cfloat',
  'complex128', 'cdouble', 'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'short', 'int32', 'int',
  'int64', 'long', 'bool', 'quint8', 'qint8', 'qint32', 'quint4x2', 'quint2x4', 'float8_e4m3fn',
  'float8_e5m2', 'float8_e4m3fnuz', 'float8_e5m2fnuz',
];
const TORCH_LAYOUTS = [
  'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc', '_mkldnn',
  'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format',
  'per_tensor_affine', 'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric',
  'per_channel_affine_float_qparams',
];

const NUMPY_SCALAR_TYPES = [
  'bool_', 'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'intc', 'uintc',
  'intp', 'uintp', 'int_', 'uint', 'longlong', 'ulonglong', 'byte', 'ubyte', 'short', 'ushort', 'longdouble',
  'float16', 'float32', 'float64', 'float128', 'half', 'single', 'double', 'float_', 'complex64', 'complex128',
  'complex256', 'csingle', 'cdouble', 'clongdouble', 'complex_', 'str_', 'bytes_', 'unicode_', 'string_',
  'void', 'object_', 'datetime64', 'timedelta64', 'number', 'integer', 'floating', 'generic',
];
const SCIPY_SPARSE_FORMATS = ['bsr', 'coo', 'csc', 'csr', 'dia', 'dok', 'lil'];

export const PROFILES: Record<ProfileName, string[]> = {
  pytorch: [
    'torch._utils._rebuild_tensor', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3',
    'torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state',
    'torch._utils._rebuild_qtensor', 'torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_nested_tensor',
    'torch._utils._rebuild_meta_tensor_no_storage', 'torch._utils._rebuild_wrapper_subclass',
    'torch._utils._rebuild_device_tensor_from_numpy', 'torch._tensor._rebuild_from_type_v2',
    'torch._tensor._rebuild_from_type', 'torch.serialization._get_layout',
    'torch.*Storage[Class]', 'torch.storage.UntypedStorage', 'torch.storage.TypedStorage',
    'torch.Size', 'torch.device', 'torch.Tensor', 'torch.nn.parameter.Parameter', 'torch.nn.parameter.Buffer',
    'torch.nn.modules.*[Class]',
    ...TORCH_DTYPES.map((d) => `torch.${d}`),
    ...TORCH_LAYOUTS.map((l) => `torch.${l}`),
    'collections.OrderedDict',
  ],
  numpy: [
    'numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct',
    'numpy.core.multiarray.scalar', 'numpy._core.multiarray.scalar',
    'numpy.core.numeric._frombuffer', 'numpy._core.numeric._frombuffer',
    'numpy.dtype', 'numpy.ndarray', 'numpy.matrix', 'numpy.matrixlib.defmatrix.matrix',
    'numpy.ma.core._mareconstruct', 'numpy.ma.core.MaskedArray', 'numpy.dtypes.*[Class]',
    'numpy.random._pickle.__randomstate_ctor', 'numpy.random._pickle.__bit_generator_ctor',
    'numpy.random._pickle.__generator_ctor',
    // Scalar types as globals (vectorizers and encoders pickle their `dtype=numpy.float64` parameter).
    ...NUMPY_SCALAR_TYPES.map((t) => `numpy.${t}`),
  ],
  sklearn: [
    'sklearn.*[Class]', 'sklearn.*.__pyx_unpickle_*',
    'sklearn.neighbors._kd_tree.newObj', 'sklearn.neighbors._ball_tree.newObj', 'sklearn.metrics._dist_metrics.newObj',
    'joblib.numpy_pickle.NumpyArrayWrapper', 'joblib.numpy_pickle_compat.NDArrayWrapper',
    'scipy.sparse.*[Class]',
    // scipy's sparse classes are lower-case (`csr_matrix`), so the CapWords rule above misses them.
    ...SCIPY_SPARSE_FORMATS.flatMap((f) => [
      `scipy.sparse.${f}_matrix`, `scipy.sparse.${f}_array`, `scipy.sparse._${f}.${f}_matrix`,
      `scipy.sparse._${f}.${f}_array`, `scipy.sparse.${f}.${f}_matrix`, `scipy.sparse._arrays.${f}_array`,
    ]),
  ],
  xgboost: ['xgboost.core.Booster', 'xgboost.sklearn.*[Class]', 'joblib.numpy_pickle.NumpyArrayWrapper'],
  lightgbm: ['lightgbm.basic.Booster', 'lightgbm.sklearn.*[Class]', 'joblib.numpy_pickle.NumpyArrayWrapper'],
  data: [
    'builtins.set', 'builtins.frozenset', 'builtins.complex', 'builtins.bytearray', 'builtins.bytes',
    'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.int', 'builtins.float', 'builtins.str',
    'builtins.list', 'builtins.dict', 'builtins.tuple', 'builtins.bool',
    'collections.OrderedDict', 'collections.defaultdict', 'collections.deque', 'collections.Counter',
    'copyreg._reconstructor',
    'datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'datetime.timezone',
    'decimal.Decimal', 'fractions.Fraction',
    // Checked at the call: only `_codecs.encode(<str>, 'latin1')`, the way Python 3 pickles bytes at protocol < 3.
    '_codecs.encode',
  ],
};

/** What each container gets when `validate.pickle.profiles` is not configured. */
export const DEFAULT_PROFILES: Record<string, ProfileName[]> = {
  'pytorch': ['pytorch', 'numpy', 'data'],
  'numpy': ['numpy', 'data'],
  'joblib': ['sklearn', 'numpy', 'data', 'xgboost', 'lightgbm'],
  'pickle': ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
};
