import { DataTable, type DataTableProps } from "../components/data-table";
import styles from "./admin.module.css";

/** A DataTable in the back office's region (its own scrolling width). */
export function AdminTable<T>(props: Omit<DataTableProps<T>, "regionClassName">) {
  return <DataTable {...props} regionClassName={`table-wrap ${styles.tableWrap}`} />;
}
