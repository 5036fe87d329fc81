/** The view the URL names, from the view registry (views/registry.ts). */
import type { UrlStateApi } from "@/navigation/use-url-state";
import { VIEW_COMPONENTS } from "@/views/registry";

export function CurrentView({ url }: { url: UrlStateApi }) {
  const View = VIEW_COMPONENTS[url.state.view];
  return <View url={url} />;
}
