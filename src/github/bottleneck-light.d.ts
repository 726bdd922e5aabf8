// The throttling plugin uses bottleneck's light build (no Redis); it ships no types of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
