<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>There are no clerk accounts at this counter yet. IT staff can add one with:
onewindow-cli clerk add --login LOGIN --name NAME --role admin</source>
        <translation>本窗口尚无工作人员账号。信息技术人员可用以下命令添加：
onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
</context>
<context>
    <name>ow::auth::ClerkService</name>
    <message>
        <source>A login is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>登录名为 2 到 32 个字母、数字、点、连字符或下划线，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The name must have 1 to 30 characters.</source>
        <translation>姓名须为 1 到 30 个字。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The login %1 is taken already.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The clerk could not be saved to the data file.</source>
        <translation>无法将工作人员保存到数据文件。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked until %1.</source>
        <translation>失败次数过多，登录已锁定至 %1。</translation>
    </message>
    <message>
        <source>The login could not be recorded in the data file. Call IT support.</source>
        <translation>无法在数据文件中记录本次登录，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Login is locked for %1 minutes.</source>
        <translation>失败次数过多，登录已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Attempts left before the login is locked: %1.</source>
        <translation>登录名或密码错误。再失败 %1 次将锁定登录。</translation>
    </message>
</context>
<context>
    <name>ow::auth::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ow::calendar::WorkingCalendar</name>
    <message>
        <source>The calendar data is not valid JSON: %1 (at character %2).</source>
        <translation>工作日历数据不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The calendar data holds no year.</source>
        <translation>工作日历数据中没有任何年度。</translation>
    </message>
    <message>
        <source>The calendar data must be a year object or a list of year objects.</source>
        <translation>工作日历数据须为一个年度对象或年度对象列表。</translation>
    </message>
    <message>
        <source>Calendar entry %1 is not a year object.</source>
        <translation>工作日历第 %1 项不是年度对象。</translation>
    </message>
    <message>
        <source>Calendar entry %1 has no valid year (found "%2").</source>
        <translation>工作日历第 %1 项没有有效年份（读到“%2”）。</translation>
    </message>
    <message>
        <source>Calendar %1: the format "%2" is not a version number.</source>
        <translation>%1 年工作日历：格式“%2”不是版本号。</translation>
    </message>
    <message>
        <source>Calendar %1 is written in format %2, but this program reads format %3 at most. Update OneWindow before importing it.</source>
        <translation>%1 年工作日历采用格式 %2，本程序最高只能读取格式 %3。请先升级一窗通再导入。</translation>
    </message>
    <message>
        <source>Calendar %1: the region "%2" is not supported; expected "CN".</source>
        <translation>%1 年工作日历：不支持地区“%2”，应为“CN”。</translation>
    </message>
    <message>
        <source>Calendar %1 is given more than once.</source>
        <translation>%1 年工作日历重复出现。</translation>
    </message>
    <message>
        <source>Calendar %1 does not name its source notice (title and number).</source>
        <translation>%1 年工作日历未注明依据的通知（标题和文号）。</translation>
    </message>
    <message>
        <source>Calendar %1: "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1 lists no holidays.</source>
        <translation>%1 年工作日历没有列出任何节假日。</translation>
    </message>
    <message>
        <source>Calendar %1: a holiday has no name.</source>
        <translation>%1 年工作日历：有节假日缺少名称。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" has "%3", which is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：节假日“%2”中的“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" ends on %3, before it starts on %4.</source>
        <translation>%1 年工作日历：节假日“%2”结束于 %3，早于开始日期 %4。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 lies outside the year of the notice.</source>
        <translation>%1 年工作日历：日期 %2 不在通知所属年度内。</translation>
    </message>
    <message>
        <source>Calendar %1: the holiday "%2" from %3 to %4 spans %5 days, but the data says %6.</source>
        <translation>%1 年工作日历：节假日“%2”自 %3 至 %4 共 %5 天，但数据写的是 %6 天。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is listed twice.</source>
        <translation>%1 年工作日历：日期 %2 重复列出。</translation>
    </message>
    <message>
        <source>Calendar %1: "makeup_workdays" must be a list.</source>
        <translation>%1 年工作日历：“makeup_workdays”须为列表。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day "%2" is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 年工作日历：调休上班日“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: the date %2 is both a holiday and a make-up working day.</source>
        <translation>%1 年工作日历：日期 %2 既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is not a Saturday or Sunday.</source>
        <translation>%1 年工作日历：调休上班日 %2 不是周六或周日。</translation>
    </message>
    <message>
        <source>Calendar %1: the make-up working day %2 is for "%3", which is not a holiday of the notice.</source>
        <translation>%1 年工作日历：调休上班日 %2 对应的“%3”不是通知中的节假日。</translation>
    </message>
    <message>
        <source>The calendar folder %1 does not exist.</source>
        <translation>工作日历文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The calendar folder %1 holds no calendar file.</source>
        <translation>工作日历文件夹 %1 中没有日历文件。</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取工作日历文件 %1：%2</translation>
    </message>
    <message>
        <source>In the calendar file %1: %2</source>
        <translation>工作日历文件 %1 中：%2</translation>
    </message>
</context>
<context>
    <name>ow::cli::Cli</name>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>clerk add needs --%1.</source>
        <translation>clerk add 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation>角色须为 clerk（窗口人员）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Clerk %1 (%2) added as %3.</source>
        <translation>已添加工作人员 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>No clerks yet. Add one with: onewindow-cli clerk add --login L --name N --role admin</source>
        <translation>尚无工作人员。可用以下命令添加：onewindow-cli clerk add --login 登录名 --name 姓名 --role admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang en|zh_CN] COMMAND [OPTIONS]

Commands:
  db check [--json]                 check the data file: integrity and schema version
  db backup FILE                    write a consistent copy of the data file
  clerk add --login L --name N --role clerk|supervisor|admin
                                    add a clerk; the password is read from standard input
  clerk list [--json]               list the clerks of this counter
  hall set --code C --name N --counter N
                                    set which hall and counter this PC is
  hall show [--json]                show the hall and counter

Options:
  --data-dir DIR   the counter's data folder (default: the user's application data folder)
  --lang LANG      language of messages: en or zh_CN
  --version        print the version
  -h, --help       print this help
</source>
        <translation>用法：onewindow-cli [--data-dir 目录] [--lang en|zh_CN] 命令 [选项]

命令：
  db check [--json]                 检查数据文件：完整性和结构版本
  db backup FILE                    写出数据文件的一致性备份
  clerk add --login L --name N --role clerk|supervisor|admin
                                    添加工作人员；密码从标准输入读取
  clerk list [--json]               列出本窗口的工作人员
  hall set --code C --name N --counter N
                                    设置本机所属大厅和窗口号
  hall show [--json]                显示大厅和窗口

选项：
  --data-dir DIR   本窗口的数据文件夹（默认：用户的应用数据文件夹）
  --lang LANG      提示语言：en 或 zh_CN
  --version        显示版本
  -h, --help       显示本帮助
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 可用的子命令：%2。</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 没有数据文件。</translation>
    </message>
    <message>
        <source>ok: %1 is intact, schema version %2 (this program: %3)</source>
        <translation>正常：%1 完好，结构版本 %2（本程序：%3）</translation>
    </message>
    <message>
        <source>db backup takes one FILE to write the backup to.</source>
        <translation>db backup 需要一个备份文件名 FILE。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>hall set needs --%1.</source>
        <translation>hall set 需要 --%1 参数。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口号须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>This PC is counter %1 of %2 (%3).</source>
        <translation>本机为%2（%3）%1 号窗口。</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet: onewindow-cli hall set --code C --name N --counter N</source>
        <translation>本机尚未设置为受理窗口：onewindow-cli hall set --code 编码 --name 名称 --counter 窗口号</translation>
    </message>
</context>
<context>
    <name>ow::core::CounterSettings</name>
    <message>
        <source>The hall code must be 3 to 12 letters or digits.</source>
        <translation>大厅编码须为 3 到 12 位字母或数字。</translation>
    </message>
    <message>
        <source>The hall name must not be empty.</source>
        <translation>大厅名称不能为空。</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and 999.</source>
        <translation>窗口号须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>The hall and counter could not be saved to the data file.</source>
        <translation>无法将大厅和窗口信息保存到数据文件。</translation>
    </message>
    <message>
        <source>The idle lock must be between 0 (off) and %1 minutes.</source>
        <translation>空闲锁定时间须在 0（关闭）到 %1 分钟之间。</translation>
    </message>
    <message>
        <source>The setting could not be saved to the data file.</source>
        <translation>无法将设置保存到数据文件。</translation>
    </message>
</context>
<context>
    <name>ow::core::Language</name>
    <message>
        <source>Unknown language %1; use en or zh_CN.</source>
        <translation>未知语言 %1；请使用 en 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>ow::db::Database</name>
    <message>
        <source>There is no data file at %1 yet; it will be created.</source>
        <translation>%1 尚无数据文件，将新建。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow data file (it is not an SQLite database). The file was left as it is.</source>
        <translation>%1 不是一窗通数据文件（不是 SQLite 数据库）。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Restore it from a backup or call IT support; the file was left as it is.</source>
        <translation>数据文件 %1 已损坏（%2）。请从备份恢复或联系信息技术人员；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a OneWindow data file. The file was left as it is.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是一窗通数据文件。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of OneWindow (schema %2; this program knows up to %3). Install the newer version; the file was left as it is.</source>
        <translation>数据文件 %1 由更新版本的一窗通写入（结构版本 %2，本程序最高支持 %3）。请安装新版本；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>The data file is intact; schema version %1.</source>
        <translation>数据文件完好，结构版本 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file cannot be prepared (%1): %2</source>
        <translation>无法初始化数据文件（%1）：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation is not usable.</source>
        <translation>本机安装的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The data file is busy or read-only: %1</source>
        <translation>数据文件正被占用或为只读：%1</translation>
    </message>
    <message>
        <source>The data file could not be updated to the new version and was left as it was: %1</source>
        <translation>数据文件无法升级到新版本，已保持原状：%1</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The data file is not open.</source>
        <translation>数据文件未打开。</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Is the disk full?</source>
        <translation>无法写入备份（%1）。磁盘是否已满？</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>备份未通过校验，已删除：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>ow::sync::SyncStatus</name>
    <message>
        <source>Offline (not enrolled with the district)</source>
        <translation>离线（未在区级平台注册）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync queue unreadable</source>
        <translation>同步队列无法读取</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>待同步：%1 条</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <source>OneWindow - Log in</source>
        <translation>一窗通 - 登录</translation>
    </message>
    <message>
        <source>OneWindow counter</source>
        <translation>一窗通 窗口受理</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1 %2 号窗口</translation>
    </message>
    <message>
        <source>This PC is not set up as a counter yet. An administrator can set it up under Settings.</source>
        <translation>本机尚未设置为受理窗口，管理员可在“设置”中设置。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Calling the hall queue from this counter is not built yet.</source>
        <translation>本窗口叫号功能尚未开发。</translation>
    </message>
    <message>
        <source>Intake (card reading, forms and materials) is not built yet.</source>
        <translation>受理功能（读卡、表单和材料）尚未开发。</translation>
    </message>
    <message>
        <source>Finding and working cases is not built yet.</source>
        <translation>办件查询与办理功能尚未开发。</translation>
    </message>
    <message>
        <source>The backlog of open and overdue cases is not built yet.</source>
        <translation>在办及超期办件督办功能尚未开发。</translation>
    </message>
    <message>
        <source>The backlog is for supervisors; you are logged in as %1.</source>
        <translation>督办页面仅供主管使用；您当前的身份是%1。</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>工作人员：%1（%2）</translation>
    </message>
    <message>
        <source>The window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to continue.</source>
        <translation>%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2), counter %3</source>
        <translation>%1（%2）%3 号窗口</translation>
    </message>
    <message>
        <source>Counter not set up</source>
        <translation>窗口未设置</translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsPage</name>
    <message>
        <source>This counter</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hall code:</source>
        <translation>大厅编码：</translation>
    </message>
    <message>
        <source>Hall name:</source>
        <translation>大厅名称：</translation>
    </message>
    <message>
        <source>Counter number:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Lock the window after no input for:</source>
        <translation>无操作自动锁定时间：</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>仅管理员可修改以上设置。</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language (after the next start):</source>
        <translation>界面语言（下次启动生效）：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>